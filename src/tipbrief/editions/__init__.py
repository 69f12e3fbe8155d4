"""Stage 5, editions: publishing immutable versioned briefings, their changelog and index.

May import every earlier stage.
"""
