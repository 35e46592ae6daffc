from django.urls import path

from networks import folder

# "folder" in both languages: the word is Dutch and English alike. `str`, not `slug`: Wagtail
# allows Unicode slugs. A network slugged "pdf" has no folder of its own (the PDF comes first).
urlpatterns = [
    path("folder/", folder.folder, name="network_folder"),
    path("folder/pdf/", folder.folder_pdf, name="network_folder_pdf"),
    path("folder/<str:slug>/", folder.folder, name="network_folder_single"),
    path("folder/<str:slug>/pdf/", folder.folder_pdf, name="network_folder_single_pdf"),
]
