from django.urls import path

from events import admin_views

app_name = "events_admin"

urlpatterns = [
    path(
        "<int:page_id>/registrations/settings/",
        admin_views.registration_settings_view,
        name="registration_settings",
    ),
]
