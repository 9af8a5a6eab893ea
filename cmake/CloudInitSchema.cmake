# cloud-init's cloud-config schema, fetched with apt at configure time (scripts/fetch-cloud-init-schema.sh)
# and embedded as the Qt resource :/cloud-init/schema-cloud-config-v1.json. It is never in git.
#
# valijson (Debian's libvalijson-dev) validates against it through its nlohmann-json adapter (the
# package depends on nlohmann-json3-dev); both are header-only.
find_path(VALIJSON_INCLUDE_DIR valijson/validator.hpp)
if(NOT VALIJSON_INCLUDE_DIR)
    message(FATAL_ERROR "valijson headers not found: install Debian's libvalijson-dev (scripts/setup-deps.sh does)")
endif()
find_path(NLOHMANN_JSON_INCLUDE_DIR nlohmann/json.hpp)
if(NOT NLOHMANN_JSON_INCLUDE_DIR)
    message(FATAL_ERROR "nlohmann/json.hpp not found: install Debian's nlohmann-json3-dev (libvalijson-dev needs it)")
endif()

execute_process(COMMAND ${PROJECT_SOURCE_DIR}/scripts/fetch-cloud-init-schema.sh
    OUTPUT_VARIABLE cloud_init_schema_output RESULT_VARIABLE cloud_init_schema_result
    OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT cloud_init_schema_result EQUAL 0)
    message(FATAL_ERROR "Could not fetch cloud-init's schema with apt (scripts/fetch-cloud-init-schema.sh)")
endif()
string(REGEX REPLACE ".*\n" "" VMDESK_CLOUD_INIT_SCHEMA "${cloud_init_schema_output}")
message(STATUS "cloud-init schema: ${VMDESK_CLOUD_INIT_SCHEMA}")

# vmdesk_embed_cloud_init_schema(target): adds the schema to target's resources. For a static library
# Qt builds the resource as an object library that travels to every executable linking the target.
function(vmdesk_embed_cloud_init_schema target)
    set(copy ${CMAKE_CURRENT_BINARY_DIR}/cloud-init/schema-cloud-config-v1.json)
    configure_file(${VMDESK_CLOUD_INIT_SCHEMA} ${copy} COPYONLY)
    set_source_files_properties(${copy} PROPERTIES QT_RESOURCE_ALIAS schema-cloud-config-v1.json)
    qt_add_resources(${target} vmdesk_cloud_init_schema PREFIX /cloud-init FILES ${copy})
    target_include_directories(${target} PRIVATE ${VALIJSON_INCLUDE_DIR} ${NLOHMANN_JSON_INCLUDE_DIR})
endfunction()
