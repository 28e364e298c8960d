# Shared compile settings, carried by one INTERFACE target that every project target links.
add_library(mycloud_settings INTERFACE)
add_library(MyCloud::settings ALIAS mycloud_settings)

target_compile_features(mycloud_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTOUIC ON)
set(CMAKE_AUTORCC ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

target_compile_definitions(mycloud_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:QT_NO_DEBUG>
)

if(MSVC)
    target_compile_options(mycloud_settings INTERFACE /W4 /permissive- /utf-8 $<$<BOOL:${MYCLOUD_WERROR}>:/WX>)
else()
    target_compile_options(mycloud_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wimplicit-fallthrough -Wformat=2
        $<$<BOOL:${MYCLOUD_WERROR}>:-Werror>)
endif()
