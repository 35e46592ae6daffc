from django.urls import path

from networks import folder

# "folder" in both languages: the word is Dutch and English alike.
urlpatterns = [
    path("folder/", folder.folder, name="network_folder"),
    path("folder/pdf/", folder.folder_pdf, name="network_folder_pdf"),
    path("folder/<slug:slug>/", folder.folder, name="network_folder_single"),
    path("folder/<slug:slug>/pdf/", folder.folder_pdf, name="network_folder_single_pdf"),
]
