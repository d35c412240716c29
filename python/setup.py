"""Builds pith._core with CMake (the repository's own build) and packages it.

    pip install --no-build-isolation ./python

configures the repository (the directory above this one, or $PITH_SOURCE_DIR)
with -DPITH_PYTHON=ON in a temporary build tree, builds the module and puts
it in the wheel. With $PITH_BUILD_DIR naming a build tree already configured
with -DPITH_PYTHON=ON (e.g. the repository's build/), the module is brought up
to date there instead, which takes seconds rather than minutes.
"""

from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = pathlib.Path(__file__).resolve().parent


def given_path(value: str) -> pathlib.Path:
    """A directory named in the environment, a relative one read as the user meant it.

    pip runs this file with python/ (the tree it was given) as the working
    directory, not the one the command was typed in; the shell's $PWD still
    names that one. A relative path is taken from there, else from the
    repository's top (PITH_BUILD_DIR=build, as the README writes it).
    """
    path = pathlib.Path(value)
    if path.is_absolute():
        return path.resolve()
    bases = [pathlib.Path(os.environ["PWD"])] if os.path.isdir(os.environ.get("PWD", "")) else []
    bases.append(HERE.parent)
    for base in bases:
        if (base / path).is_dir():
            return (base / path).resolve()
    return (bases[0] / path).resolve()


SOURCE = given_path(os.environ["PITH_SOURCE_DIR"]) if os.environ.get("PITH_SOURCE_DIR") else HERE.parent


def version() -> str:
    """project(pith VERSION x.y.z) in CMakeLists.txt, the only place it is written."""
    cmake = (SOURCE / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(pith VERSION ([0-9.]+)", cmake)
    if not match:
        sys.exit(f"setup.py: no project(pith VERSION ...) in {SOURCE / 'CMakeLists.txt'}")
    return match.group(1)


def run(*command: str) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True)


class CMakeBuild(build_ext):
    """Builds the extension with CMake instead of setuptools' compiler."""

    def build_extension(self, ext: Extension) -> None:
        build_dir = os.environ.get("PITH_BUILD_DIR")
        if build_dir:
            build = given_path(build_dir)
            cache = build / "CMakeCache.txt"
            if not cache.exists() or "PITH_PYTHON:BOOL=ON" not in cache.read_text():
                sys.exit(f"setup.py: {build} is not a build tree configured with -DPITH_PYTHON=ON")
        else:
            import pybind11  # Debian: python3-pybind11

            build = pathlib.Path(self.build_temp).resolve() / "cmake"
            run("cmake", "-S", str(SOURCE), "-B", str(build), "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
                "-DPITH_PYTHON=ON", "-DPITH_BUILD_TESTS=OFF", "-DPITH_BUILD_TOOLS=OFF",
                "-DPITH_INSTALL=OFF", f"-DPython3_EXECUTABLE={sys.executable}",
                f"-Dpybind11_DIR={pybind11.get_cmake_dir()}")
        run("cmake", "--build", str(build), "--target", "pith_python", "-j", str(os.cpu_count() or 1))
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        built = build / "python" / "pith" / target.name  # _core.cpython-311-x86_64-linux-gnu.so
        if not built.exists():
            sys.exit(f"setup.py: no {built}: was the build tree configured for this Python?")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)


setup(
    version=version(),
    ext_modules=[Extension("pith._core", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
)
