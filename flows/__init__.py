"""Prefect flows: thin orchestration over the library functions in `findings` and `extractors`."""
