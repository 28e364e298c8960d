# Every external dependency is found here, once. Debian 12 package names are in scripts/deps.sh.
find_package(Qt6 6.4 REQUIRED COMPONENTS
    Core Network Sql Concurrent Gui Widgets Svg Pdf PdfWidgets Multimedia MultimediaWidgets
    PrintSupport LinguistTools Test)

find_package(Qt6Keychain REQUIRED)     # qtkeychain-qt6-dev: Qt6Keychain::Qt6Keychain
find_package(ZXing 1.4 REQUIRED)       # libzxing-dev: ZXing::ZXing
find_package(QuaZip-Qt6 1.4 REQUIRED)  # libquazip1-qt6-dev: QuaZip::QuaZip
find_package(OpenSSL 3 REQUIRED)

if(MYCLOUD_BUILD_SERVER)
    find_package(PkgConfig REQUIRED)
    # Debian ships cpp-httplib as a compiled library with a pkg-config file (and OpenSSL support on).
    pkg_check_modules(CPPHTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib>=0.11)
    add_library(MyCloud::httplib ALIAS PkgConfig::CPPHTTPLIB)

    pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
    add_library(MyCloud::sodium ALIAS PkgConfig::SODIUM)
endif()
