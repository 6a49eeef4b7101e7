"""make python's recipe (scripts/python_install.sh) into a scratch --target:
pip with no network builds it, and the installed package, outside the
checkout and without OMEN_LIB, finds the libomen.so it bundled."""
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_make_python_recipe_installs_a_working_package(tmp_path):
    lib = os.environ.get("OMEN_LIB") or os.path.join(ROOT, "build", "libomen.so")
    if subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True).returncode:
        pytest.fail("%s has no pip: apt-get install python3-pip (make deps)" % sys.executable)
    build = str(tmp_path / "build")
    os.makedirs(build)
    os.symlink(os.path.realpath(lib), os.path.join(build, "libomen.so"))
    target = str(tmp_path / "site")
    r = subprocess.run(["sh", os.path.join(ROOT, "scripts", "python_install.sh"), sys.executable,
                        build, "--target", target], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert os.path.exists(os.path.join(target, "omen", "libomen.so"))
    env = {k: v for k, v in os.environ.items() if k not in ("OMEN_LIB", "PYTHONPATH")}
    env["PYTHONPATH"] = target
    code = ("import numpy as np, omen; ix = omen.build('rmi', np.arange(0, 3000, 3, dtype=np.uint64));"
            "print(omen.library_path(), ix.get(9), ix.lower_bound(10))")
    r = subprocess.run([sys.executable, "-c", code], env=env, cwd=str(tmp_path), capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    path, get, lb = r.stdout.split()
    assert path == os.path.join(target, "omen", "libomen.so") and (get, lb) == ("3", "4")
