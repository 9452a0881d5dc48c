#!/usr/bin/perl
# SPDX-License-Identifier: MIT
#
# gen_intl_text_unicode.pl: writes stdlib/node/intl_text_unicode.h, the
# Unicode properties Intl.Segmenter needs (UAX #29: Grapheme_Cluster_Break,
# Word_Break, Sentence_Break, Extended_Pictographic, Indic_Conjunct_Break),
# from the Unicode database that ships with perl (Unicode::UCD).
#
#   perl scripts/gen_intl_text_unicode.pl > stdlib/node/intl_text_unicode.h
#
# Perl's database can be older than the ICU of node 20 (perl 5.36: Unicode
# 14.0; node 20.20: ICU 78, Unicode 17.0). What that changes:
#  - Indic_Conjunct_Break (Unicode 15.1) is not in it; it is derived here as
#    Unicode 15.1 defines it (DerivedCoreProperties.txt): Linker and
#    Consonant from Indic_Syllabic_Category (Virama, Consonant) in the six
#    scripts that had conjuncts, Extend = Grapheme_Cluster_Break Extend or
#    ZWJ, less the linkers and U+200C; plus the scripts Unicode 17 added
#    (listed below, as node behaves).
#  - Word_Break of the prepended concatenation marks changed, and a few
#    more values (see below); Extended_Pictographic lost its non-emoji
#    symbols (derived below).
#  - characters assigned after the perl's version are unassigned here: they
#    take the default values (Other), so a mark of a script newer than the
#    database starts its own grapheme, and a newer letter is no letter
#    for word boundaries. Everyday text (Latin, CJK, emoji,
#    whose reserved blocks are Extended_Pictographic already) is unaffected.
# The table also marks the characters ICU's word rules leave to dictionaries
# (Han, Hiragana, Hangul, and Line_Break=SA scripts: Thai, Lao, Khmer,
# Myanmar).
use strict;
use warnings;
use Unicode::UCD qw(prop_invmap prop_invlist);

my @gcb = qw(Other CR LF Control Extend ZWJ Regional_Indicator Prepend SpacingMark
  L V T LV LVT);
my @wb = qw(Other CR LF Newline Extend ZWJ Regional_Indicator Format Katakana
  Hebrew_Letter ALetter Single_Quote Double_Quote MidNumLet MidLetter MidNum
  Numeric ExtendNumLet WSegSpace);
my @sb = qw(Other CR LF Extend Sep Format Sp Lower Upper OLetter Numeric ATerm
  SContinue STerm Close);

# value name -> index for each property
my (%gcbi, %wbi, %sbi);
@gcbi{@gcb} = 0 .. $#gcb;
@wbi{@wb} = 0 .. $#wb;
@sbi{@sb} = 0 .. $#sb;

my $N = 0x110000;
my (@G, @W, @S, @F);

# Fills @$arr from an inversion map, mapping values through $f.
sub fill {
  my ($prop, $arr, $f) = @_;
  my ($list, $map) = prop_invmap($prop);
  for my $i (0 .. $#$list) {
    my $hi = $i < $#$list ? $list->[$i + 1] : $N;
    my $v = $f->($map->[$i]);
    $arr->[$_] = $v for $list->[$i] .. $hi - 1;
  }
}
sub in_list {
  my @inv = prop_invlist($_[0]);
  my %h;
  for (my $i = 0; $i < @inv; $i += 2) {
    my $hi = $i + 1 < @inv ? $inv[$i + 1] : $N;
    $h{$_} = 1 for $inv[$i] .. $hi - 1;
  }
  return \%h;
}

fill('GCB', \@G, sub {
  my $v = shift;
  $v = 'Other' if $v eq 'ExtPict_XX';
  die "GCB $v" unless exists $gcbi{$v};
  $gcbi{$v};
});
my $zs = in_list('gc=Zs');
my $gl = in_list('lb=GL');
{
  my ($list, $map) = prop_invmap('WB');
  for my $i (0 .. $#$list) {
    my $hi = $i < $#$list ? $list->[$i + 1] : $N;
    my $v = $map->[$i];
    for my $c ($list->[$i] .. $hi - 1) {
      my $x = $v;
      $x = 'ALetter' if $x eq 'ExtPict_LE';
      $x = 'Other' if $x eq 'ExtPict_XX';
      if ($x eq 'Perl_Tailored_HSpace') {
        $x = ($zs->{$c} && !$gl->{$c}) ? 'WSegSpace' : 'Other';
      }
      die "WB $x" unless exists $wbi{$x};
      $W[$c] = $wbi{$x};
    }
  }
}
# Word_Break of the prepended concatenation marks (U+0600 ...) is Numeric
# since Unicode 15.1; perl's older data has them Format.
{
  my $pcm = in_list('Prepended_Concatenation_Mark');
  $W[$_] = $wbi{Numeric} for keys %$pcm;
}
fill('SB', \@S, sub { my $v = shift; die "SB $v" unless exists $sbi{$v}; $sbi{$v} });

# Values of characters perl's data already has that changed by Unicode 17,
# found by comparing the segmentation of every code point with node 20's
# (U+00B8 joins words; the vertical comma and semicolon no longer join
# numbers; U+0295 no longer lowercase, some modifier letters now are;
# sentence terminators added).
$W[0xB8] = $wbi{ALetter};
$W[$_] = $wbi{Other} for 0xFE10, 0xFE14;
$S[0x295] = $sbi{OLetter};
$S[$_] = $sbi{Lower} for 0x10FC, 0xA7F2 .. 0xA7F4, 0xAB69;
$S[$_] = $sbi{STerm} for 0xFE12, 0xFE15, 0xFE16, 0x2CF9 .. 0x2CFB, 0x17D4, 0x17D5;

# Flags: bit 0 Extended_Pictographic; bits 1-2 InCB (1 Linker, 2 Consonant,
# 3 Extend); bits 3-5 the dictionary class of ICU's word rules (1 Han,
# 2 Hiragana, 3 complex context: Line_Break=SA, 4 Hangul syllable).
$F[$_] = 0 for 0 .. $N - 1;
# Extended_Pictographic: Unicode 17 keeps only the emoji of Unicode 14's
# set and its reserved code points, less the non-emoji symbols assigned
# since in those blocks (this rule gives node 20's set exactly).
my $ep = in_list('Extended_Pictographic');
my $emoji = in_list('Emoji');
my $assigned = in_list('Assigned');
my %not_ep = map { $_ => 1 } (0x1F774 .. 0x1F77F, 0x1F7D9, 0x1F8B2 .. 0x1F8BB, 0x1F8C0, 0x1F8C1,
  0x1F8D0 .. 0x1F8D8, 0x1FA54 .. 0x1FA57);
for my $c (keys %$ep) {
  $F[$c] |= 1 if ($emoji->{$c} || !$assigned->{$c}) && !$not_ep{$c};
}
my %conj_script = map { $_ => 1 } qw(Bengali Devanagari Gujarati Malayalam Oriya Telugu);
# Unicode 17 (node 20's ICU 78) joins conjuncts in more scripts, through
# these stackers and viramas (checked against node: "क" + linker + "क" is
# one grapheme); their consonants and independent vowels take part.
my %linker17 = map { $_ => 1 } (0x1039, 0x17D2, 0x1A60, 0x1B44, 0x1BAB, 0xA9C0, 0xAAF6,
  0x10A3F, 0x11133, 0x1193E, 0x11A47, 0x11A99);
my %conj_script17 = map { $_ => 1 } qw(Myanmar Khmer Tai_Tham Balinese Sundanese Javanese
  Meetei_Mayek Kharoshthi Chakma Dives_Akuru Zanabazar_Square Soyombo);
my (@insc, @sc);
fill('InSC', \@insc, sub { $_[0] });
fill('sc', \@sc, sub { $_[0] });
for my $c (0 .. $N - 1) {
  my $incb = 0;
  if ($conj_script{$sc[$c]}) {
    $incb = 1 if $insc[$c] eq 'Virama';
    $incb = 2 if $insc[$c] eq 'Consonant';
  } elsif ($conj_script17{$sc[$c]}) {
    $incb = 1 if $linker17{$c};
    $incb = 2 if $insc[$c] eq 'Consonant' || $insc[$c] eq 'Vowel_Independent';
  }
  if (!$incb && ($G[$c] == $gcbi{Extend} || $G[$c] == $gcbi{ZWJ}) && $c != 0x200C) {
    $incb = 3;
  }
  $F[$c] |= $incb << 1;
}
my $han = in_list('sc=Han');
my $hira = in_list('sc=Hiragana');
my $sa = in_list('lb=SA');
for my $c (0 .. $N - 1) {
  my $d = 0;
  if ($sa->{$c}) { $d = 3 }
  elsif ($han->{$c} && $W[$c] != $wbi{Katakana}) { $d = 1 }
  elsif ($hira->{$c} && $W[$c] == $wbi{Other}) { $d = 2 }
  elsif ($G[$c] == $gcbi{LV} || $G[$c] == $gcbi{LVT}) { $d = 4 }
  $F[$c] |= $d << 3;
}

my @rows;
my $prev = '';
for my $c (0 .. $N - 1) {
  my $key = "$G[$c],$W[$c],$S[$c],$F[$c]";
  next if $key eq $prev;
  $prev = $key;
  push @rows, sprintf("{0x%X,%d,%d,%d,%d}", $c, $G[$c], $W[$c], $S[$c], $F[$c]);
}

print "// SPDX-License-Identifier: MIT\n//\n";
print "// intl_text_unicode.h: Unicode ", Unicode::UCD::UnicodeVersion(),
  " segmentation properties for intl_text.c,\n";
print "// generated by scripts/gen_intl_text_unicode.pl from perl's Unicode::UCD. Do not edit.\n\n";
my $enum = sub {
  my ($prefix, @names) = @_;
  print "enum {", join(", ", map { "${prefix}_" . uc($names[$_]) . ($_ == 0 ? " = 0" : "") } 0 .. $#names), "};\n";
};
$enum->('GCB', @gcb);
$enum->('WB', @wb);
$enum->('SB', @sb);
print "\n// One row per run of code points with the same values, from [lo] on.\n";
print "typedef struct { uint32_t lo; uint8_t gcb, wb, sb, flags; } IntlTextRange;\n";
print "static const IntlTextRange intl_text_ranges[", scalar(@rows), "] = {\n";
for (my $i = 0; $i < @rows; $i += 6) {
  my $end = $i + 5 < $#rows ? $i + 5 : $#rows;
  print "  ", join(",", @rows[$i .. $end]), ",\n";
}
print "};\n";
