# Builds the C++ libraries that neither Qt's installer nor the platform's package manager gives in
# the versions the project is written for (Debian 12's), against the Qt the workflow installed:
#   cmake -DPREFIX=<install dir> [-DTOOLCHAIN=<vcpkg.cmake>] -P packaging/ci/deps.cmake
# Used by .github/workflows/build.yml on Windows and macOS. CMAKE_PREFIX_PATH (environment) must
# name Qt. ZXing-C++ is linked statically; QtKeychain and QuaZip are shared, deployed with the app.
cmake_minimum_required(VERSION 3.25)
if(NOT PREFIX)
    message(FATAL_ERROR "give -DPREFIX=<install dir>")
endif()
set(work "${CMAKE_CURRENT_BINARY_DIR}/deps-src")
file(MAKE_DIRECTORY "${work}")
set(common -G Ninja -DCMAKE_BUILD_TYPE=Release "-DCMAKE_INSTALL_PREFIX=${PREFIX}"
    "-DCMAKE_PREFIX_PATH=${PREFIX};$ENV{CMAKE_PREFIX_PATH}")
if(TOOLCHAIN)
    list(APPEND common "-DCMAKE_TOOLCHAIN_FILE=${TOOLCHAIN}")
endif()
if(APPLE)
    list(APPEND common "-DCMAKE_OSX_DEPLOYMENT_TARGET=11.0")
endif()

function(build name url tag)
    if(NOT EXISTS "${work}/${name}")
        execute_process(COMMAND git clone --depth 1 --branch ${tag} ${url} "${work}/${name}" COMMAND_ERROR_IS_FATAL ANY)
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -S "${work}/${name}" -B "${work}/${name}/build" ${common} ${ARGN}
                    COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND ${CMAKE_COMMAND} --build "${work}/${name}/build" --parallel COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND ${CMAKE_COMMAND} --install "${work}/${name}/build" COMMAND_ERROR_IS_FATAL ANY)
endfunction()

# The versions of Debian 12 (scripts/deps.sh), which the code and the tests are written against.
build(zxing-cpp https://github.com/zxing-cpp/zxing-cpp.git v1.4.0
      -DBUILD_SHARED_LIBS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_BLACKBOX_TESTS=OFF -DBUILD_UNIT_TESTS=OFF)
build(qtkeychain https://github.com/frankosterfeld/qtkeychain.git 0.13.2
      -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF)
build(quazip https://github.com/stachenov/quazip.git v1.4
      -DQUAZIP_QT_MAJOR_VERSION=6 -DQUAZIP_BZIP2=OFF -DQUAZIP_FETCH_LIBS=OFF)
