# Windows installer (NSIS) and ZIP, read only when building on Windows (see
# packaging/CMakeLists.txt; commands in packaging/README.md).
#
# windeployqt copies the Qt libraries and plugins pbx-admin needs next to it
# in the install tree; OpenSSL's DLLs are shipped because Qt's TLS backend
# loads libssl-3 / libcrypto-3 at run time, and the demo portal links them.

find_program(PBX_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(COMMAND \"${PBX_WINDEPLOYQT}\" --release --no-compiler-runtime --no-translations
                            --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                            \"\${CMAKE_INSTALL_PREFIX}/bin/pbx-admin.exe\"
                            \"\${CMAKE_INSTALL_PREFIX}/bin/pbx-portal-sim.exe\"
                    COMMAND_ERROR_IS_FATAL ANY)")

get_filename_component(pbx_openssl_root "${OPENSSL_CRYPTO_LIBRARY}" DIRECTORY)
file(GLOB PBX_OPENSSL_DLLS
    "${pbx_openssl_root}/../bin/libssl-3*.dll" "${pbx_openssl_root}/../bin/libcrypto-3*.dll"
    "${pbx_openssl_root}/libssl-3*.dll" "${pbx_openssl_root}/libcrypto-3*.dll")
if(NOT PBX_OPENSSL_DLLS)
    message(FATAL_ERROR "OpenSSL 3 DLLs not found near ${OPENSSL_CRYPTO_LIBRARY}; set OPENSSL_ROOT_DIR")
endif()
install(FILES ${PBX_OPENSSL_DLLS} DESTINATION bin)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_DISPLAY_NAME "PBX Admin")
set(CPACK_NSIS_PACKAGE_NAME "PBX Admin")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/pbx-admin.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/pbx-admin.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\pbx-admin.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PBX_HOMEPAGE}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\PBX Admin.lnk' '$INSTDIR\\\\bin\\\\pbx-admin.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\PBX Admin.lnk'")
