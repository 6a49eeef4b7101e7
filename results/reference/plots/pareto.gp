# Index size against lookup time, 1 thread (down and left is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
5.0817e+06	231.59	225.192	240.097
EOD
$d1 << EOD
917552	246.614	235.172	277.802
EOD
$d2 << EOD
1.1499e+06	122.8	117.768	129.467
EOD
$d3 << EOD
249200	191.742	181.169	216.368
EOD
$d4 << EOD
931216	154.066	147.173	202.645
EOD
$d5 << EOD
2.40603e+08	3147.24	2762.33	4333.12
EOD
$d6 << EOD
2.32756e+08	2813.19	2593.48	3259.24
EOD
$d7 << EOD
5.0817e+06	231.429	220.215	257.566
EOD
$d8 << EOD
917552	246.376	229.127	311.561
EOD
$d9 << EOD
786616	113.72	109.763	129.361
EOD
$d10 << EOD
248432	184.456	182.652	290.18
EOD
$d11 << EOD
639428	128.758	124.412	198.771
EOD
$d12 << EOD
2.65832e+08	3136.53	2857.89	3771.92
EOD
$d13 << EOD
2.56235e+08	2975.32	2683.76	3914.28
EOD
$d14 << EOD
5.0817e+06	247.052	223.99	418.852
EOD
$d15 << EOD
917552	315.867	291.816	387.343
EOD
$d16 << EOD
1.47705e+06	146.986	136.889	154.518
EOD
$d17 << EOD
1.40048e+06	219.654	203.091	268.235
EOD
$d18 << EOD
1.35808e+06	180.748	166.295	301.066
EOD
$d19 << EOD
2.214e+08	3081.52	2812.44	4104.67
EOD
$d20 << EOD
2.16246e+08	2813.42	2551.38	4196.67
EOD
$d21 << EOD
5.0817e+06	226.713	215.92	264.507
EOD
$d22 << EOD
917552	252.281	237.784	268.935
EOD
$d23 << EOD
1.40262e+06	120.243	115.936	125.476
EOD
$d24 << EOD
248792	188.644	181.306	211.168
EOD
$d25 << EOD
816836	131.819	124.648	167.574
EOD
$d26 << EOD
2.52751e+08	3226.25	2940.57	3497.25
EOD
$d27 << EOD
2.44189e+08	2890.07	2764.23	3339.17
EOD
$d28 << EOD
1.61904e+06	188.324	175.913	300.927
EOD
$d29 << EOD
917552	222.691	204.874	242.817
EOD
$d30 << EOD
393400	163.433	147.024	179.151
EOD
$d31 << EOD
518240	186.818	180.126	202.244
EOD
$d32 << EOD
446292	158.188	140.67	188.519
EOD
$d33 << EOD
7.2332e+07	2592.92	2353.74	2964.42
EOD
$d34 << EOD
7.12006e+07	2349.48	2241.81	2509.85
EOD
$d35 << EOD
631392	159.498	140.636	193.508
EOD
$d36 << EOD
917552	160.566	132.948	194.294
EOD
$d37 << EOD
148360	139.444	122.974	181.495
EOD
$d38 << EOD
254840	119.309	98.317	146.84
EOD
$d39 << EOD
135636	132.133	82.175	154.433
EOD
$d40 << EOD
2.88572e+07	2241.72	2019.68	2408.16
EOD
$d41 << EOD
2.89074e+07	2064.01	1904.32	2203.15
EOD
$d42 << EOD
89184	63.149	62.509	64.551
EOD
$d43 << EOD
917552	54.159	53.53	71.881
EOD
$d44 << EOD
24760	40.91	40.73	41.285
EOD
$d45 << EOD
38360	43.029	42.78	43.538
EOD
$d46 << EOD
17596	38.062	37.91	38.946
EOD
$d47 << EOD
4.55906e+06	1554.65	1533.05	1629.55
EOD
$d48 << EOD
5.36141e+06	1432.78	1382.41	1561.67
EOD
$d49 << EOD
339040	100.651	81.156	153.18
EOD
$d50 << EOD
917552	105.973	77.419	177.831
EOD
$d51 << EOD
88480	71.922	54.624	113.04
EOD
$d52 << EOD
298904	99.559	75.777	127.808
EOD
$d53 << EOD
76508	67.967	61.672	83.936
EOD
$d54 << EOD
1.13741e+07	1946.51	1789.99	2334.4
EOD
$d55 << EOD
1.23079e+07	1837.88	1605.25	2227.8
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 3,3 title "Index size against lookup time, 1 thread (down and left is better)" font ",12" margins 0.085,0.985,0.0750,0.9300 spacing 0.1,0.0950
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 346815f09be7 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-11-26T00:03:05Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [87.2356:5849.71]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000, 5000)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d6 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     376.617 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset label 99
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "uniform_sparse:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [81.3059:5284.28]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000, 5000)
plot $d7 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d8 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d9 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d10 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d11 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d12 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d13 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     378.728 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "zipf_gaps:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [101.399:5665.51]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (200, 500, 1000, 2000, 5000)
plot $d14 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d15 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d16 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d17 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d18 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d19 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d20 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     412.918 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "normal:10M" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [85.8785:4721.29]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000)
plot $d21 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d22 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d23 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d24 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d25 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d26 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d27 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     385.533 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv4" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [104.2:4001.97]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (200, 500, 1000, 2000)
plot $d28 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d29 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d30 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d31 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d32 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d33 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d34 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     257.759 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv6" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [60.8704:3251.02]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (100, 200, 500, 1000, 2000)
plot $d35 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d36 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d37 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d38 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d39 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d40 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d41 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     164.728 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "cities_s2" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [28.0815:2199.89]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (50, 100, 200, 500, 1000, 2000)
plot $d42 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d43 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d44 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d45 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d46 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d47 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d48 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     104.823 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "words" font ",10"
set logscale x 10
set format x "%.0s%cB"
set xlabel 'index size'
set logscale y 10
set yrange [40.4622:3151.43]
set format y "%g"
set ylabel "ns per lookup (log scale)"
set ytics (50, 100, 200, 500, 1000, 2000)
plot $d49 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 notitle, \
     $d50 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 notitle, \
     $d51 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 notitle, \
     $d52 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 notitle, \
     $d53 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 notitle, \
     $d54 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 notitle, \
     $d55 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 notitle, \
     138.48 with lines dt 3 lw 1.5 lc rgb "#000000" notitle
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
     NaN with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb", \
     NaN with points lc rgb "#56B4E9" pt 3 ps PS lw 1.2 title "hotcold", \
     NaN with lines dt 3 lw 1.5 lc rgb "#000000" title "binary search (no index)"
unset multiplot
