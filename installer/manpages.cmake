# Man pages generated at build time from the built programs' own --help and --version.
find_program(HELP2MAN_EXECUTABLE help2man REQUIRED)
set(man_dir ${CMAKE_CURRENT_BINARY_DIR}/man)
file(MAKE_DIRECTORY ${man_dir})
set(man_pages "")
foreach(page "vmdesk|desktop console for vSphere and Hyper-V virtual machines"
        "vmdeskctl|headless vmdesk: inventory, VM actions, exports and cloud-init metadata")
    string(REPLACE "|" ";" page "${page}")
    list(GET page 0 program)
    list(GET page 1 name)
    add_custom_command(OUTPUT ${man_dir}/${program}.1.gz
        COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/man/manpage.sh ${HELP2MAN_EXECUTABLE} $<TARGET_FILE:${program}> ${name}
            ${CMAKE_CURRENT_SOURCE_DIR}/man/${program}.h2m ${man_dir}/${program}.1.gz
        DEPENDS ${program} ${CMAKE_CURRENT_SOURCE_DIR}/man/manpage.sh ${CMAKE_CURRENT_SOURCE_DIR}/man/${program}.h2m
        COMMENT "Generating the ${program}(1) man page"
        VERBATIM)
    list(APPEND man_pages ${man_dir}/${program}.1.gz)
endforeach()
# Sanitizer builds would print their reports into the pages; they are never packaged.
if(CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    add_custom_target(vmdesk_manpages DEPENDS ${man_pages})
    install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 OPTIONAL)
else()
    add_custom_target(vmdesk_manpages ALL DEPENDS ${man_pages})
    install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
