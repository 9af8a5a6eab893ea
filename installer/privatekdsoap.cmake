# Debian 12 has no KDSoap for Qt 6: scripts/build-kdsoap.sh builds one into a cache prefix. Such a
# copy goes into the package under /usr/lib/<triplet>/vmdesk, where only vmdesk's binaries find it
# (RUNPATH); a KDSoap from the system stays a normal dependency.
get_target_property(kdsoap_location KDSoap::kdsoap LOCATION)
file(REAL_PATH "${kdsoap_location}" kdsoap_location)
cmake_path(GET kdsoap_location PARENT_PATH kdsoap_dir)
set(system_library_dirs /lib /usr/lib /lib/${CMAKE_LIBRARY_ARCHITECTURE} /usr/lib/${CMAKE_LIBRARY_ARCHITECTURE})
if(kdsoap_dir IN_LIST system_library_dirs)
    set(VMDESK_PRIVATE_KDSOAP OFF)
else()
    set(VMDESK_PRIVATE_KDSOAP ON)
endif()

if(VMDESK_PRIVATE_KDSOAP)
    if(NOT CMAKE_LIBRARY_ARCHITECTURE)
        message(FATAL_ERROR "packaging a private KDSoap needs the multiarch triplet (CMAKE_LIBRARY_ARCHITECTURE)")
    endif()
    set(private_lib_dir lib/${CMAKE_LIBRARY_ARCHITECTURE}/vmdesk)
    get_target_property(kdsoap_soname KDSoap::kdsoap IMPORTED_SONAME_RELEASE)
    if(NOT kdsoap_soname)
        get_target_property(kdsoap_soname KDSoap::kdsoap IMPORTED_SONAME)
    endif()
    if(NOT kdsoap_soname)
        message(FATAL_ERROR "KDSoap::kdsoap (${kdsoap_location}) names no SONAME")
    endif()
    message(STATUS "Packaging the private KDSoap ${kdsoap_location} in ${CMAKE_INSTALL_PREFIX}/${private_lib_dir}")
    # The SONAME link is what the binaries load; the unversioned .so is for linking only and stays out.
    install(FILES ${kdsoap_location} ${kdsoap_dir}/${kdsoap_soname} DESTINATION ${private_lib_dir})
    set_target_properties(vmdesk vmdeskctl PROPERTIES INSTALL_RPATH ${CMAKE_INSTALL_PREFIX}/${private_lib_dir})
    # dpkg-shlibdeps finds the private library here and asks no package for it.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${kdsoap_dir})
endif()
