# One INTERFACE target carries the language level, warnings and defines; every target links it.
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
endif()

add_library(pmis_common INTERFACE)
add_library(pmis::common ALIAS pmis_common)
target_compile_features(pmis_common INTERFACE cxx_std_20)
target_compile_options(pmis_common INTERFACE -Wall -Wextra -Wpedantic)
if(PMIS_WERROR)
    target_compile_options(pmis_common INTERFACE -Werror)
endif()
target_include_directories(pmis_common INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_definitions(pmis_common INTERFACE
    PMIS_VERSION="${PROJECT_VERSION}"
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS)

# Sanitizer builds: every target, errors stop the program (no recovery), frames kept for the
# reports. Set globally so that objects and the programs linking them agree. PMIS_FUZZ implies it.
if(PMIS_SANITIZE OR PMIS_FUZZ)
    set(PMIS_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_compile_options(${PMIS_SANITIZER_FLAGS})
    add_link_options(${PMIS_SANITIZER_FLAGS})
endif()
# Fuzzing: everything is also built with libFuzzer's coverage; the harnesses in tests/fuzz add its
# main. -O1: a fuzzer needs many runs a second; asserts stay on in Debug.
if(PMIS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PMIS_FUZZ needs clang (CXX=clang++ CC=clang)")
    endif()
    target_compile_options(pmis_common INTERFACE -fsanitize=fuzzer-no-link -O1)
endif()
