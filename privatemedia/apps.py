from django.apps import AppConfig


class PrivateMediaConfig(AppConfig):
    name = "privatemedia"
    verbose_name = "Private media"
