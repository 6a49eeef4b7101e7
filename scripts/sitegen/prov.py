"""Provenance of a table and whether the code has moved on since it was made.

A table is older than the code when a commit after the table's own touched
the code that produces numbers (indexes/ kernels/ baselines/ harness/
datasets/); commits to docs, scripts or results leave it current.
"""
import subprocess

CODE_DIRS = ["indexes", "kernels", "baselines", "harness", "datasets"]


class Git:
    def __init__(self, repo):
        self.repo = repo
        self.ok = self.run("rev-parse", "--git-dir") is not None
        self.cache = {}

    def run(self, *args):
        try:
            p = subprocess.run(["git", "-C", self.repo, *args], capture_output=True, text=True)
        except OSError:
            return None
        return p.stdout.strip() if p.returncode == 0 else None

    def head(self):
        return self.run("rev-parse", "HEAD") if self.ok else None

    def last_code_change(self):
        """(commit, ISO date, subject) of the last commit touching the code, or None."""
        if not self.ok:
            return None
        out = self.run("log", "-1", "--format=%H%x09%cI%x09%s", "--", *CODE_DIRS)
        return tuple(out.split("\t", 2)) if out else None

    def code_commits_since(self, commit):
        """How many commits after COMMIT touched the code; None when unknown here."""
        if not self.ok or not commit:
            return None
        if commit not in self.cache:
            known = self.run("cat-file", "-e", commit + "^{commit}") is not None
            n = self.run("rev-list", "--count", f"{commit}..HEAD", "--", *CODE_DIRS) if known else None
            self.cache[commit] = int(n) if n is not None and n.isdigit() else None
        return self.cache[commit]


def describe(meta, git):
    """The fields every page shows for a table."""
    commit = str(meta.get("git_commit") or "")
    n = git.code_commits_since(commit) if commit else None
    last = git.last_code_change()
    if not meta:
        status, text = "unknown", "no provenance file (.csv.meta.json) beside this table"
    elif n is None:
        status, text = "unknown", (f"commit {commit[:12]} is not in this clone's history"
                                   if git.ok and commit else "no git history to compare with")
    elif n == 0:
        status, text = "current", "no commit since this table's has changed the code"
    else:
        status = "stale"
        text = (f"older than the code: {n} commit{'s' if n != 1 else ''} since changed "
                f"{', '.join(d + '/' for d in CODE_DIRS)}")
        if last:
            text += f" (last {last[0][:12]}, {last[1][:10]})"
    return {
        "commit": commit[:12] or "?",
        "dirty": bool(meta.get("git_dirty")),
        "cpu": meta.get("cpu", "?"),
        "cores": meta.get("cores_online", "?"),
        "compiler": meta.get("compiler", "?"),
        "cflags": meta.get("cflags", ""),
        "date": meta.get("date", "?"),
        "command": meta.get("command", ""),
        "status": status,
        "status_text": text,
    }
