"""The role model in one place: group names, the kinds of closed area, what each role may do."""

COORDINATOR_GROUP = "DKC-coördinatoren"
WORKFLOW_NAME = "Goedkeuring door DKC-coördinator"
TASK_NAME = "Goedkeuring door DKC-coördinator"

EDITORS_SUFFIX = "redacteurs"
MEMBERS_SUFFIX = "leden"
PARTNERS_SUFFIX = "partners"

# The two kinds of closed area a network has; members read the intranet, partners the extranet.
INTRANET = "intranet"
EXTRANET = "extranet"
CLOSED_AREA_KINDS = (INTRANET, EXTRANET)

# Page permissions (wagtailcore codenames).
COORDINATOR_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
# Network editors draft and submit; they never publish, so nothing goes live unapproved.
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")

# Collection permissions, as (app_label, codename).
MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
COORDINATOR_MEDIA_PERMISSIONS = (
    *MEDIA_PERMISSIONS,
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
)

# Model permissions, as (app_label, codename).
ADMIN_ACCESS = ("wagtailadmin", "access_admin")
# "Translate this page" and "Sync translated pages" of wagtail-localize; which pages, and
# whether the result is published, is up to editorial's translation approval.
TRANSLATE = ("wagtail_localize", "submit_translation")
COORDINATOR_MODEL_PERMISSIONS = (
    ADMIN_ACCESS,
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "delete_user"),
    ("core", "change_footersettings"),
    ("wagtailcore", "add_workflow"),
    ("wagtailcore", "change_workflow"),
    ("editorial", "change_pageactionrequest"),
    # Promoted search results (wagtail.contrib.search_promotions): coordinators only.
    ("wagtailsearchpromotions", "add_searchpromotion"),
    ("wagtailsearchpromotions", "change_searchpromotion"),
    ("wagtailsearchpromotions", "delete_searchpromotion"),
    # The one terminology (glossary app): the coordinators' alone.
    ("glossary", "add_glossaryterm"),
    ("glossary", "change_glossaryterm"),
    ("glossary", "delete_glossaryterm"),
    # The ESF reporting deadlines (reports app): the coordinators enter them.
    ("reports", "add_reportingdeadline"),
    ("reports", "change_reportingdeadline"),
    ("reports", "delete_reportingdeadline"),
    TRANSLATE,
)
EDITOR_MODEL_PERMISSIONS = (ADMIN_ACCESS, TRANSLATE)
