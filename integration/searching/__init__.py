"""Public full-text search: language toolkit, index documents, engines and fallback."""
