//! The streaming CSV/NDJSON import pipeline shared by every importable entity.
