#!/bin/sh
# longline.sh FACTLINT [N]: time FACTLINT on a single line of N (default 5500, about 1 MB) sentences like hostile.sh's
n=${2:-5500}; f=/tmp/longline-$n.txt
[ -s $f ] || awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++)
  printf "Russia delivered %d bcm of gas to China in %d, analysts say. \"Prices will rise,\" said Ana Silva.%d Exports reached %d.%d bcm, about %d%% of the 200 bcm sold to Europe [%d]. Source link ", 10 + i % 90, 1990 + i % 35, i % 50 + 1, 20 + i % 7, i % 10, 5 + i % 30, i + 1 }' > $f
/usr/bin/time -f "%e s %M KB" "$1" -j2 $f > /dev/null
