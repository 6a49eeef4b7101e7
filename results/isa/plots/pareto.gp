# Index size against lookup time, 1 thread (down and left is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1.33158e+06	216.722	203.928	257.272
EOD
$d1 << EOD
1.04863e+06	371.522	329.354	388.962
EOD
$d2 << EOD
1.53318e+06	146.683	136.835	163.229
EOD
$d3 << EOD
249368	232.589	227.794	255.744
EOD
$d4 << EOD
931376	197.93	190.143	243.71
EOD
$d5 << EOD
1.32954e+07	401.401	391.514	451.15
EOD
$d6 << EOD
1.04863e+06	568.342	560.754	658.399
EOD
$d7 << EOD
1.26102e+07	254.144	235.96	319.101
EOD
$d8 << EOD
2.45134e+06	461.12	440.385	554.452
EOD
$d9 << EOD
8.06406e+06	349.212	312.458	352.44
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 1,3 title "Index size against lookup time, 1 thread (down and left is better)" font ",12" margins 0.085,0.985,0.1875,0.8250 spacing 0.1,0.2375
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 13dcd38f295a | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T15:22:30Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
unset logscale y
set yrange [0:*]
set ytics autofreq
set format y "%g"
set ylabel "ns per lookup"
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     500.59 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset label 99
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:100M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
unset logscale y
set yrange [0:*]
set ytics autofreq
set format y "%g"
set ylabel "ns per lookup"
plot $d5 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d6 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d7 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d8 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d9 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     1028.09 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset border
unset tics
unset grid
unset xlabel
unset ylabel
unset title
unset logscale
unset arrow
set xrange [0:1]
set yrange [0:1]
set key center center vertical Left reverse samplen 2 spacing 1.2 font ",9"
plot NaN with points lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     NaN with points lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     NaN with points lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     NaN with points lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     NaN with points lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline", \
     NaN with lines dt 3 lw 1.5 lc rgb "#000000" title "binary search (no index)"
unset multiplot
