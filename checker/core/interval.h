/* interval.h - interval arithmetic shared by the numeric checks and joins: figures are read as intervals. */
#ifndef FL_INTERVAL_H
#define FL_INTERVAL_H

#include <math.h>

/* Do [alo, ahi] and [blo, bhi] overlap? A tiny relative slack absorbs floating-point noise at touching
 * ends (finite ends only: "more than 350" reaches infinity, which must not make the slack infinite). */
static inline int fl_interval_overlap(double alo, double ahi, double blo, double bhi)
{
    double m = 0;
    const double v[] = {alo, ahi, blo, bhi};
    for (int i = 0; i < 4; i++)
        if (isfinite(v[i]) && fabs(v[i]) > m)
            m = fabs(v[i]);
    double eps = 1e-9 * m;
    return alo <= bhi + eps && blo <= ahi + eps;
}

#endif
