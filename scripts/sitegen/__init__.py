"""omen's static site generator (scripts/site.py is its command line)."""
