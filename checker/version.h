/* version.h - the one place the version number lives. */
#ifndef FL_VERSION_H
#define FL_VERSION_H
#define FL_VERSION "0.1.0"
#endif
