package dev.keel.shared;

/**
 * What every module may know about the signed-in person: implemented by the identity module's
 * principal so that other modules never import identity classes for it.
 */
public interface KeelPrincipal {

    long userId();

    String username();

    String displayName();
}
