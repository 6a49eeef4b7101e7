"""The claims' verdicts, read from results/claims.md, and its rendering.

The parser takes whatever verdict text is there: claims.md's wording changes
(a stated rule, new labels), so it looks for a Markdown table with a column
named like "verdict", else for "Verdict: ..." lines under numbered headings.
"""
import re
import shutil
import subprocess

# Longest first: "not reproduced" must not be read as "reproduced".
LABELS = ["not reproduced", "direction only", "inconclusive", "not tested", "not measured", "reproduced"]


def label_class(verdict):
    v = verdict.lower()
    for lab in LABELS:
        if lab in v:
            return "v-" + lab.replace(" ", "-")
    return "v-other"


def split_row(line):
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", line)]


def strip_md(text):
    return re.sub(r"[*_`]", "", text).strip()


def verdicts(md):
    """(headers, rows) of the claims' summary; rows are lists of plain strings."""
    lines = md.splitlines()
    for i, line in enumerate(lines[:-1]):
        if line.lstrip().startswith("|") and re.match(r"^\s*\|?\s*:?-{2,}", lines[i + 1]):
            headers = [strip_md(h) for h in split_row(line)]
            if not any("verdict" in h.lower() for h in headers):
                continue
            rows = []
            for body in lines[i + 2:]:
                if not body.lstrip().startswith("|"):
                    break
                cells = [strip_md(c) for c in split_row(body)]
                rows.append((cells + [""] * len(headers))[:len(headers)])
            if rows:
                return headers, rows
    # No summary table: numbered headings, each followed by a verdict line.
    rows, current = [], None
    for line in lines:
        h = re.match(r"^#{2,3}\s+(\d+)[.)]?\s+(.*)", line)
        if h:
            current = [h.group(1), strip_md(h.group(2))]
            continue
        v = (re.search(r"\*\*\s*verdict\s*[:\u2014-]\s*(.+?)\*\*", line, re.I)
             or re.search(r"verdict\s*[:\u2014-]\s*(.+)", strip_md(line), re.I))
        if v and current:
            rows.append(current + [strip_md(v.group(1)).rstrip(".")])
            current = None
    return (["#", "claim", "verdict"], rows) if rows else (None, [])


def rule(md):
    """The paragraph stating the verdict rule, when claims.md has one before its first table."""
    for para in re.split(r"\n\s*\n", md.split("\n|", 1)[0]):
        if re.search(r"\brule\b", para, re.I) and not para.lstrip().startswith("#"):
            return strip_md(" ".join(para.split()))
    return ""


def render(md):
    """(HTML, renderer name): python3-markdown, else pandoc, else the text as is."""
    try:
        import markdown
        return markdown.markdown(md, extensions=["tables", "fenced_code", "toc"]), "python3-markdown"
    except ImportError:
        pass
    # python3-markdown's command, for a python3 that is not Debian's (e.g. pyenv's).
    if shutil.which("markdown_py"):
        p = subprocess.run(["markdown_py", "-x", "tables", "-x", "fenced_code", "-x", "toc"], input=md,
                           capture_output=True, text=True)
        if p.returncode == 0:
            return p.stdout, "python3-markdown"
    if shutil.which("pandoc"):
        p = subprocess.run(["pandoc", "-f", "gfm", "-t", "html"], input=md, capture_output=True, text=True)
        if p.returncode == 0:
            return p.stdout, "pandoc"
    import html
    return "<pre>" + html.escape(md) + "</pre>", None


def relink(body, prefix):
    """Points the rendered Markdown's relative links and images into the site's copy of results/."""
    def fix(m):
        url = m.group(2)
        if re.match(r"^([a-z]+:|#|/)", url):
            return m.group(0)
        return f'{m.group(1)}="{prefix}{url}"'
    return re.sub(r'\b(href|src)="([^"]*)"', fix, body)


def demote(body):
    """One heading level down: the page has its own <h1>."""
    for n in range(5, 0, -1):
        body = re.sub(rf"<(/?)h{n}\b", rf"<\1h{n + 1}", body)
    return body
