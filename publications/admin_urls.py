from django.urls import path

from publications.admin_views import PublicationCopiesListView, PublicationCopiesRecordView

app_name = "publications_admin"

urlpatterns = [
    path("copies/", PublicationCopiesListView.as_view(), name="copies"),
    path("copies/<int:page_id>/", PublicationCopiesRecordView.as_view(), name="copies_record"),
]
