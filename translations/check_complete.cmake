# Fails when a .ts file still has unfinished entries. TS_FILES: paths
# separated by '|'.
string(REPLACE "|" ";" TS_FILES "${TS_FILES}")
foreach(ts IN LISTS TS_FILES)
    file(READ "${ts}" content)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(FATAL_ERROR "${ts}: ${count} unfinished translation(s)")
    endif()
    message(STATUS "${ts}: complete")
endforeach()
