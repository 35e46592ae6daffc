from django.urls import path

from networks import folder
from networks.models import FOLDER_PDF_SLUG

# "folder" in both languages: the word is Dutch and English alike. `str`, not `slug`: Wagtail
# allows Unicode slugs. No network may be slugged "pdf" (NetworkIndexPage.child_slugs_reserved).

urlpatterns = [
    path("folder/", folder.folder, name="network_folder"),
    path(f"folder/{FOLDER_PDF_SLUG}/", folder.folder_pdf, name="network_folder_pdf"),
    path("folder/<str:slug>/", folder.folder, name="network_folder_single"),
    path("folder/<str:slug>/pdf/", folder.folder_pdf, name="network_folder_single_pdf"),
]
