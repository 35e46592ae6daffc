"""Admin URLs for a network's members and partners, mounted under /admin/network-people/."""

from django.urls import path

from accounts import invitation_views as views

app_name = "accounts_admin"

urlpatterns = [
    path("", views.NetworkPeopleIndexView.as_view(), name="index"),
    path("<int:access_id>/", views.NetworkPeopleView.as_view(), name="network"),
    path(
        "<int:access_id>/remove/<int:user_id>/<str:role>/",
        views.MembershipRemoveView.as_view(),
        name="remove",
    ),
    path(
        "<int:access_id>/invitations/<int:pk>/revoke/",
        views.InvitationRevokeView.as_view(),
        name="revoke",
    ),
]
