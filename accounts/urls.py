from django.urls import path
from django.utils.translation import gettext_lazy

from accounts import invitation_views, views

app_name = "accounts"

urlpatterns = [
    # Login, logout, password reset and "my networks" (closed areas).
    path(gettext_lazy("login/"), views.LoginView.as_view(), name="login"),
    path(gettext_lazy("logout/"), views.LogoutView.as_view(), name="logout"),
    path(gettext_lazy("password-reset/"), views.PasswordResetView.as_view(), name="password_reset"),
    path(
        gettext_lazy("password-reset/sent/"),
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        gettext_lazy("password-reset/<uidb64>/<token>/"),
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        gettext_lazy("password-reset/complete/"),
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(gettext_lazy("my-networks/"), views.my_networks, name="my_networks"),
    # Invitation paths: add them below, from accounts.invitation_views.
    path(
        gettext_lazy("invitation/<str:token>/"),
        invitation_views.InvitationAcceptView.as_view(),
        name="invitation_accept",
    ),
]
