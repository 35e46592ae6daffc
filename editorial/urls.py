"""Admin URLs of the editorial app, mounted under /admin/editorial/ by a Wagtail hook."""

from django.urls import path

from editorial.views import requests as views

app_name = "editorial"

urlpatterns = [
    path("requests/", views.PageActionRequestListView.as_view(), name="request_list"),
    path(
        "requests/new/<int:page_id>/<str:action>/",
        views.PageActionRequestCreateView.as_view(),
        name="request_create",
    ),
    path("requests/<int:pk>/", views.PageActionRequestDetailView.as_view(), name="request_detail"),
    path(
        "requests/<int:pk>/approve/",
        views.PageActionRequestApproveView.as_view(),
        name="request_approve",
    ),
    path(
        "requests/<int:pk>/reject/",
        views.PageActionRequestRejectView.as_view(),
        name="request_reject",
    ),
]
