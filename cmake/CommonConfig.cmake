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

# Fuzzing: everything is built with coverage for libFuzzer, AddressSanitizer and UndefinedBehavior-
# Sanitizer (any report aborts); the harnesses in tests/fuzz add libFuzzer's main.
if(PMIS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PMIS_FUZZ needs clang (CXX=clang++ CC=clang)")
    endif()
    set(pmis_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    # -O1: a fuzzer needs many runs a second; asserts stay on in Debug.
    target_compile_options(pmis_common INTERFACE ${pmis_sanitizers} -fsanitize=fuzzer-no-link -O1)
    target_link_options(pmis_common INTERFACE ${pmis_sanitizers})
endif()
