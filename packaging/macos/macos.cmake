# macOS app bundle and DragNDrop DMG, read only when building on macOS (see
# packaging/CMakeLists.txt; commands in packaging/README.md).
#
# The bundle gets Info.plist and the icon; pbx-portal-sim goes beside the app
# in Contents/MacOS (where --demo looks for it); macdeployqt copies the Qt
# frameworks and plugins into the bundle and fixes their install names.

set(pbx_icns "${PROJECT_SOURCE_DIR}/resources/icons/pbx-admin.icns")
set_source_files_properties(${pbx_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(pbx-admin PRIVATE ${pbx_icns})
set_target_properties(pbx-admin PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "PBX Admin"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${PBX_APP_ID}"
    MACOSX_BUNDLE_ICON_FILE "pbx-admin.icns"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    OUTPUT_NAME "PBX Admin")

find_program(PBX_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(TARGETS pbx-portal-sim RUNTIME DESTINATION "PBX Admin.app/Contents/MacOS")
set(pbx_deploy_modules "\"-executable=\${CMAKE_INSTALL_PREFIX}/PBX Admin.app/Contents/MacOS/pbx-portal-sim\"")
install(CODE "
    execute_process(COMMAND \"${PBX_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/PBX Admin.app\" ${pbx_deploy_modules}
                    COMMAND_ERROR_IS_FATAL ANY)")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "PBX Admin")
set(CPACK_DMG_FORMAT "UDZO")
