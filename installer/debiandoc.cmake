# /usr/share/doc/vmdesk as Debian wants it: a machine-readable copyright file (with KDSoap's terms
# when the package carries it) and the Debian-format changelog, gzipped.
file(STRINGS debian/changelog changelog_head LIMIT_COUNT 1)
if(NOT changelog_head MATCHES "^vmdesk \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "installer/debian/changelog starts with '${changelog_head}'; "
        "add an entry for vmdesk ${PROJECT_VERSION} (the package version)")
endif()

set(doc_dir ${CMAKE_INSTALL_DATAROOTDIR}/doc/vmdesk)
file(READ debian/copyright copyright_text)
if(VMDESK_PRIVATE_KDSOAP)
    file(READ debian/copyright-kdsoap kdsoap_copyright_text)
    string(APPEND copyright_text "${kdsoap_copyright_text}")
endif()
file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/copyright CONTENT "${copyright_text}" @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS debian/copyright debian/copyright-kdsoap debian/changelog)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/copyright DESTINATION ${doc_dir})

add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    COMMAND gzip -9 -n -c ${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog > ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    DEPENDS debian/changelog
    COMMENT "Compressing the Debian changelog")
add_custom_target(vmdesk_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${doc_dir})
