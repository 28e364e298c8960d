# Installation and installers (issue 8). Two components:
#   Client  mycloud + mycloudcmd with their desktop integration -> package "mycloud"
#   Server  mycloud-server with its systemd unit and config      -> package "mycloud-server" (Linux only)
# Linux: `cpack -G DEB` in the build folder makes both .deb. Windows: NSIS installer with the Qt
# runtime (windeployqt). macOS: a DragNDrop .dmg of mycloud.app (macdeployqt). Every name and the
# version come from cmake/Identity.cmake. packaging/README.md tells how to build and check each.
include(GNUInstallDirs)

set(MYCLOUD_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(MYCLOUD_PACKAGING_OUT ${PROJECT_BINARY_DIR}/packaging)
set(MYCLOUD_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/mycloud.svg)
# Where each release publishes docs/screenshots (scripts/screenshots.sh) for software centres.
if(NOT DEFINED MYCLOUD_SCREENSHOT_URL)
    set(MYCLOUD_SCREENSHOT_URL "${MYCLOUD_HOMEPAGE}/desktop/${MYCLOUD_VERSION}/screenshots")
endif()

# The Qt runtime next to the app on Windows and in the bundle on macOS (windeployqt, macdeployqt).
# Qt 6.4 names the output FILENAME_VARIABLE; 6.5 renamed it OUTPUT_SCRIPT.
function(mycloud_install_qt_runtime target)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${deploy_script} COMPONENT Client)
endfunction()

set(CPACK_PACKAGE_NAME mycloud)
set(CPACK_PACKAGE_VENDOR "${MYCLOUD_ORGANIZATION}")
set(CPACK_PACKAGE_VERSION "${MYCLOUD_VERSION}")
set(CPACK_PACKAGE_CONTACT "${MYCLOUD_CONTACT}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${MYCLOUD_HOMEPAGE}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${MYCLOUD_NAME}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON) # values reach the installer scripts exactly as written here
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "${MYCLOUD_NAME}")
set(CPACK_COMPONENT_CLIENT_REQUIRED ON)
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "MyCloud reference server")
if(APPLE OR WIN32) # a .deb takes its summary from each component's description instead
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${MYCLOUD_NAME}: the B2EI customer portal on the desktop")
endif()

if(APPLE)
    # --- macOS: mycloud.app alone (mycloudcmd and the server are not deployed in a bundle) ----------
    # "MyCloud.app" in the Finder. No space: Qt 6.4's deploy script does not quote the bundle path.
    set(MYCLOUD_BUNDLE_NAME MyCloud)
    configure_file(${MYCLOUD_PACKAGING_DIR}/macos/Info.plist.in ${MYCLOUD_PACKAGING_OUT}/Info.plist @ONLY)
    set(icns ${MYCLOUD_PACKAGING_DIR}/macos/mycloud.icns)
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(mycloud PRIVATE ${icns})
    set_target_properties(mycloud PROPERTIES
        OUTPUT_NAME ${MYCLOUD_BUNDLE_NAME}
        MACOSX_BUNDLE_INFO_PLIST ${MYCLOUD_PACKAGING_OUT}/Info.plist
        # The installed bundle keeps the paths to Qt and the other libraries, so that macdeployqt
        # can resolve their @rpath names before it copies them into Contents/Frameworks.
        INSTALL_RPATH_USE_LINK_PATH ON)
    install(TARGETS mycloud BUNDLE DESTINATION . COMPONENT Client)
    install(FILES ${MYCLOUD_PACKAGING_DIR}/third-party-licenses.txt
            DESTINATION ${MYCLOUD_BUNDLE_NAME}.app/Contents/Resources COMPONENT Client)
    mycloud_install_qt_runtime(mycloud)

    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_COMPONENTS_ALL Client)
    set(CPACK_DMG_VOLUME_NAME "${MYCLOUD_NAME}")
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_ICON ${icns})
    set(CPACK_SYSTEM_NAME macos)
elseif(WIN32)
    # --- Windows: NSIS, per machine, Start-menu entry and mycloud:// registered ---------------------
    file(TO_CMAKE_PATH ${MYCLOUD_PACKAGING_DIR}/windows/mycloud.ico MYCLOUD_ICO)
    string(REPLACE "." "," MYCLOUD_VERSION_COMMAS "${MYCLOUD_VERSION}.0")
    configure_file(${MYCLOUD_PACKAGING_DIR}/windows/mycloud.rc.in ${MYCLOUD_PACKAGING_OUT}/mycloud.rc @ONLY)
    target_sources(mycloud PRIVATE ${MYCLOUD_PACKAGING_OUT}/mycloud.rc) # icon and version of the .exe
    install(TARGETS mycloud mycloudcmd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Client)
    install(FILES ${MYCLOUD_PACKAGING_DIR}/third-party-licenses.txt
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mycloud COMPONENT Client)
    mycloud_install_qt_runtime(mycloud)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT Client)
    include(InstallRequiredSystemLibraries) # the MSVC runtime DLLs, next to the executables
    # windeployqt copies Qt only: the other DLLs (ZXing, QuaZip, QtKeychain, OpenSSL, zlib) are
    # found from the executables, in the bin/ folders of CMAKE_PREFIX_PATH (vcpkg, the deps prefix).
    set(runtime_dirs "")
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        string(REPLACE "\\" "/" dir "${prefix}/bin") # no backslash: the path goes into a CMake script
        list(APPEND runtime_dirs "\"${dir}\"")
    endforeach()
    list(JOIN runtime_dirs " " runtime_dirs)
    install(CODE "
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:mycloud>\" \"$<TARGET_FILE:mycloudcmd>\"
            RESOLVED_DEPENDENCIES_VAR deps UNRESOLVED_DEPENDENCIES_VAR missing
            DIRECTORIES ${runtime_dirs}
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
            POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\")
        file(INSTALL \${deps} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        " COMPONENT Client)

    set(CPACK_GENERATOR NSIS)
    set(CPACK_COMPONENTS_ALL Client)
    set(CPACK_PACKAGE_EXECUTABLES mycloud "${MYCLOUD_NAME}") # Start-menu shortcut
    set(CPACK_NSIS_PACKAGE_NAME "${MYCLOUD_NAME}")
    set(CPACK_NSIS_DISPLAY_NAME "${MYCLOUD_NAME}")
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    set(CPACK_NSIS_MUI_ICON ${MYCLOUD_ICO})
    set(CPACK_NSIS_MUI_UNIICON ${MYCLOUD_ICO})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\mycloud.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${MYCLOUD_HOMEPAGE}")
    set(CPACK_NSIS_CONTACT "${MYCLOUD_CONTACT}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN mycloud.exe)
    # The URL protocol (HKCR needs the admin rights the installer asks for): Windows runs
    # `mycloud.exe "mycloud://product/<id>"`.
    string(CONFIGURE [=[
  WriteRegStr HKCR "@MYCLOUD_URL_SCHEME@" "" "URL:@MYCLOUD_NAME@ link"
  WriteRegStr HKCR "@MYCLOUD_URL_SCHEME@" "URL Protocol" ""
  WriteRegStr HKCR "@MYCLOUD_URL_SCHEME@\DefaultIcon" "" "$INSTDIR\bin\mycloud.exe,0"
  WriteRegStr HKCR "@MYCLOUD_URL_SCHEME@\shell\open\command" "" '"$INSTDIR\bin\mycloud.exe" "%1"'
]=] CPACK_NSIS_EXTRA_INSTALL_COMMANDS @ONLY)
    string(CONFIGURE [=[
  DeleteRegKey HKCR "@MYCLOUD_URL_SCHEME@"
]=] CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS @ONLY)
else()
    # --- Linux: two .deb ------------------------------------------------------------------------------
    # Desktop file and AppStream metainfo, named and versioned from the identity file.
    set(desktop_file ${MYCLOUD_PACKAGING_OUT}/${MYCLOUD_APP_ID}.desktop)
    set(metainfo_file ${MYCLOUD_PACKAGING_OUT}/${MYCLOUD_APP_ID}.metainfo.xml)
    configure_file(${MYCLOUD_PACKAGING_DIR}/linux/fr.b2ei.MyCloud.desktop.in ${desktop_file} @ONLY)
    configure_file(${MYCLOUD_PACKAGING_DIR}/linux/fr.b2ei.MyCloud.metainfo.xml.in ${metainfo_file} @ONLY)

    # hicolor icons at every standard size, rendered from the one SVG at build time.
    find_program(MYCLOUD_RSVG_CONVERT rsvg-convert REQUIRED) # librsvg2-bin
    set(MYCLOUD_ICON_SIZES 16 22 24 32 48 64 128 256 512)
    set(icon_pngs "")
    foreach(size IN LISTS MYCLOUD_ICON_SIZES)
        set(dir ${MYCLOUD_PACKAGING_OUT}/icons/hicolor/${size}x${size}/apps)
        add_custom_command(OUTPUT ${dir}/${MYCLOUD_APP_ID}.png
            COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
            COMMAND ${MYCLOUD_RSVG_CONVERT} -w ${size} -h ${size} -o ${dir}/${MYCLOUD_APP_ID}.png ${MYCLOUD_ICON_SVG}
            DEPENDS ${MYCLOUD_ICON_SVG}
            COMMENT "Rendering the ${size}x${size} application icon" VERBATIM)
        list(APPEND icon_pngs ${dir}/${MYCLOUD_APP_ID}.png)
        install(FILES ${dir}/${MYCLOUD_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT Client)
    endforeach()
    add_custom_target(mycloud_icons ALL DEPENDS ${icon_pngs})

    install(TARGETS mycloud mycloudcmd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Client)
    install(FILES ${desktop_file} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT Client)
    install(FILES ${metainfo_file} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT Client)
    install(FILES ${MYCLOUD_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${MYCLOUD_APP_ID}.svg COMPONENT Client)
    install(FILES ${MYCLOUD_PACKAGING_DIR}/linux/copyright ${MYCLOUD_PACKAGING_DIR}/third-party-licenses.txt
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mycloud COMPONENT Client)

    # The server: systemd unit and its config under /etc, whatever the prefix (Debian's paths).
    if(TARGET mycloud-server)
        install(TARGETS mycloud-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Server)
        install(FILES ${MYCLOUD_PACKAGING_DIR}/linux/mycloud-server.service
                DESTINATION /lib/systemd/system COMPONENT Server)
        install(FILES ${MYCLOUD_PACKAGING_DIR}/linux/server.conf DESTINATION /etc/mycloud-server
                PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ COMPONENT Server) # may hold a database password
        install(FILES ${MYCLOUD_PACKAGING_DIR}/linux/copyright ${PROJECT_SOURCE_DIR}/docs/server.md
                DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mycloud-server COMPONENT Server)
    endif()

    set(CPACK_GENERATOR DEB)
    set(CPACK_COMPONENTS_ALL Client Server)
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    # Equal to CPack's default, so that CPackDeb takes each package's summary from the first line
    # of its component's description instead of putting one summary before both.
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

    set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME mycloud)
    set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION utils)
    # Plugins that no ELF dependency names: the offline store's SQLite driver, the SVG icon engine.
    set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
    # A Secret Service for the session token, the camera through GStreamer, Wayland.
    set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS
        "gnome-keyring | kwalletmanager | keepassxc, gstreamer1.0-plugins-good, qt6-wayland")
    set(CPACK_COMPONENT_CLIENT_DESCRIPTION "desktop client of MyCloud, B2EI's customer portal
MyCloud Desktop shows your B2EI affairs and their products (electrical panels that carry a QR code)
with photos, versioned wiring schematics in a built-in PDF viewer, quality documents, miscellaneous
files, tasks and maintenance log. It works offline and sends queued changes when the network is
back, scans QR codes from a webcam, opens mycloud:// links and exports the as-built package (DOE)
of an affair.

The package also holds mycloudcmd, the same client for scripts.")

    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME mycloud-server)
    set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, adduser, ssl-cert, init-system-helpers (>= 1.54~)")
    set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
        ${MYCLOUD_PACKAGING_DIR}/linux/server/conffiles ${MYCLOUD_PACKAGING_DIR}/linux/server/postinst
        ${MYCLOUD_PACKAGING_DIR}/linux/server/prerm ${MYCLOUD_PACKAGING_DIR}/linux/server/postrm)
    set(CPACK_COMPONENT_SERVER_DESCRIPTION "reference server of the MyCloud API
mycloud-server speaks the MyCloud API over HTTPS, serves the public QR pages of the products and
sends the mail the API promises (password resets, DOE links). It keeps its data in SQLite or
PostgreSQL.

The package runs it as a systemd service under its own user, mycloud, with its data in
/var/lib/mycloud-server and its options in /etc/mycloud-server/server.conf.")
endif()

include(CPack)
