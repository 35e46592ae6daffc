"""The admin's listings and choosers leave out what `access.rules` hides from the user:
another network's closed pages and the private files of its closed areas.

Wagtail's hooks filter the page chooser (browse and search), the explorer (and the admin API
that shares its filter) and the document and image choosers. Views that take an id, the bulk
actions and the reports listing every network's pages are guarded in editorial.middleware.
"""

from wagtail import hooks

from access.rules import media_admin_visible, pages_admin_visible


@hooks.register("construct_page_chooser_queryset")
def hide_closed_pages_from_page_chooser(pages, request):
    return pages_admin_visible(pages, user=request.user)


@hooks.register("construct_explorer_page_queryset")
def hide_closed_pages_from_explorer(parent_page, pages, request):
    return pages_admin_visible(pages, user=request.user)


@hooks.register("construct_document_chooser_queryset")
def hide_private_documents_from_chooser(documents, request):
    return media_admin_visible(documents, user=request.user)


@hooks.register("construct_image_chooser_queryset")
def hide_private_images_from_chooser(images, request):
    return media_admin_visible(images, user=request.user)
