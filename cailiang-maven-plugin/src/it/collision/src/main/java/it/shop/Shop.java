package it.shop;

/** Hand-written, in the place of a generated class: the plugin refuses to overwrite it. */
public final class Shop {}
