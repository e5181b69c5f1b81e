package nl.lpg.cli;
public class LpgMain { public static void main(String[] a){ } }
