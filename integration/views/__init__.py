"""Views of the plugin: ``open_data`` is public, the others live in the admin."""
