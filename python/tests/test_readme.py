"""The README's Python example, run as written (so it cannot rot): the
first ```python block of its "From Python" section."""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def example():
    text = open(os.path.join(ROOT, "README.md")).read()
    sec = text.split("\n## From Python", 1)
    assert len(sec) == 2, "README.md has no '## From Python' section"
    m = re.search(r"```python\n(.*?)```", sec[1], re.S)
    assert m, "the 'From Python' section has no ```python block"
    return m.group(1)


def test_readme_example_runs():
    code = example()
    assert 3 <= len(code.strip().splitlines()) <= 6, "the README promises a short example"
    env = dict(os.environ)
    if env.get("OMEN_TEST_INSTALLED") != "1":
        env["PYTHONPATH"] = os.path.join(ROOT, "python") + os.pathsep + env.get("PYTHONPATH", "")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip(), "the example prints its answers"
