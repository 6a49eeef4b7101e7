# libomen.so: the stable C API of include/omen.h (api/*.c) over the same
# static libraries omen-bench links (omen_harness, omen, omen_kernels,
# omen_common, omen_build). Everything was compiled -fvisibility=hidden and
# -fPIC, so the shared library exports exactly the OMEN_API functions
# (tests/test_api_symbols.sh checks it). A process gets one registry: the
# library's own, or an executable's when it links the static libraries
# instead; nothing links both.
file(STRINGS ${CMAKE_SOURCE_DIR}/include/omen.h OMEN_API_VERSION_LINE
     REGEX "^#define OMEN_API_VERSION [0-9]+")
string(REGEX REPLACE ".*OMEN_API_VERSION ([0-9]+).*" "\\1" OMEN_API_VERSION
       "${OMEN_API_VERSION_LINE}")

file(GLOB OMEN_API_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/api/*.c)
add_library(omen_shared SHARED ${OMEN_API_SOURCES})
set_target_properties(omen_shared PROPERTIES
  OUTPUT_NAME omen
  VERSION ${OMEN_API_VERSION}
  SOVERSION ${OMEN_API_VERSION})
target_include_directories(omen_shared
  PUBLIC $<BUILD_INTERFACE:${CMAKE_SOURCE_DIR}/include>
  PRIVATE ${CMAKE_SOURCE_DIR})
target_link_libraries(omen_shared PRIVATE omen_harness)
# Every symbol resolved at link time (clang's sanitizers leave their
# runtime's to the executable, so not under OMEN_SANITIZE).
if(NOT OMEN_SANITIZE AND NOT OMEN_FUZZ)
  target_link_options(omen_shared PRIVATE LINKER:--no-undefined)
endif()

# make install PREFIX=...: the library, the public headers and omen.pc. The
# .pc is written at install time, when the prefix is known.
install(TARGETS omen_shared LIBRARY DESTINATION lib)
file(GLOB OMEN_PUBLIC_HEADERS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/include/*.h)
install(FILES ${OMEN_PUBLIC_HEADERS} DESTINATION include)
configure_file(${CMAKE_SOURCE_DIR}/cmake/omen_pc.cmake.in ${CMAKE_BINARY_DIR}/omen_pc.cmake @ONLY)
install(SCRIPT ${CMAKE_BINARY_DIR}/omen_pc.cmake)
