from django.urls import path
from django.utils.translation import gettext_lazy as _

from events import views

app_name = "events"

urlpatterns = [
    path(
        _("registration/cancel/<str:token>/"),
        views.registration_cancel_view,
        name="registration_cancel",
    ),
]
