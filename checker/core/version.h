/* version.h - the one place the version number lives. */
#ifndef FL_VERSION_H
#define FL_VERSION_H
#define FL_VERSION "0.1.0"
/* The project's home: SARIF's tool.driver.informationUri; rule help links point into its README. */
#define FL_HOMEPAGE "https://github.com/factlint/factlint"
#define FL_RULES_URI FL_HOMEPAGE "/blob/main/README.md#rules"
#endif
