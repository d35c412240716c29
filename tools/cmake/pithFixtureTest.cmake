# pith_add_fixture_test(NAME DIR [FORMAT FORMAT] [OPTIONS OPTION...])
#
# Registers a CTest test NAME that runs `pith check` over the fixture
# directory DIR (relative to the current source directory): every saved page
# under DIR is extracted again and compared with the expectation beside it.
# The test fails when an output changed, an expectation is missing or a page
# cannot be read; its output holds the diffs. FORMAT (text, markdown, html,
# json, or several separated by commas) and OPTIONS (pith check's options,
# e.g. --with-comments) override DIR's pith-check file. Write or refresh the
# expectations with `pith check --update DIR`.
#
# Example:
#   find_package(pith REQUIRED)
#   enable_testing()
#   pith_add_fixture_test(shop_pages tests/pages FORMAT json OPTIONS --with-images)
function(pith_add_fixture_test name dir)
  cmake_parse_arguments(PARSE_ARGV 2 ARG "" "FORMAT" "OPTIONS")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "pith_add_fixture_test(${name}): unexpected arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET pith::cli)
    message(FATAL_ERROR "pith_add_fixture_test(${name}): this pith was built without its "
                        "command-line tool (PITH_BUILD_TOOLS=OFF), which runs the check")
  endif()
  get_filename_component(dir "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  set(args check)
  if(ARG_FORMAT)
    list(APPEND args --format "${ARG_FORMAT}")
  endif()
  add_test(NAME "${name}" COMMAND "$<TARGET_FILE:pith::cli>" ${args} ${ARG_OPTIONS} "${dir}")
endfunction()
