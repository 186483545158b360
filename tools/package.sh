#!/usr/bin/env bash
# Builds the Debian packages clickar and clickar-mock-server in the `release` preset (docs/packaging.md):
# only the programs, the plugin and the packaging files are built, with Debian's hardening flags.
# Prints the paths of the .deb files (in build/release/packages) on its last lines.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEB_BUILD_MAINT_OPTIONS=hardening=+all # bindnow too
cflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
cmake --preset release -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
    -DCMAKE_CXX_FLAGS="$cflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" -DCMAKE_SHARED_LINKER_FLAGS="$ldflags" \
    -DCMAKE_MODULE_LINKER_FLAGS="$ldflags" >/dev/null
cmake --build --preset release -j "$(nproc)" --target clickar clickar-mock-server clickar_documents \
    clickar_package_files
rm -rf build/release/packages
cpack --config build/release/CPackConfig.cmake -B build/release/packages >/dev/null
ls build/release/packages/*.deb
