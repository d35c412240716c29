#!/usr/bin/env bash
# Installs what pith needs to build and test, from Debian 12's packages.
# Does nothing when everything is already there; needs root (or sudo) otherwise.
set -euo pipefail
packages=(cmake g++ make pkg-config libgumbo-dev libicu-dev zlib1g-dev nlohmann-json3-dev
          libgtest-dev libbenchmark-dev libcurl4-openssl-dev libxml2-dev gzip locales python3
          python3-dev pybind11-dev python3-pybind11 python3-pytest python3-venv python3-pip
          python3-setuptools python3-wheel python3-scrapy python3-dask python3-distributed
          python3-mypy)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
