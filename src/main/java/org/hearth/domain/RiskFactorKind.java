package org.hearth.domain;

/** Risk factors named by the guidance, and the worker's own. */
public enum RiskFactorKind {
    FORCED_TO_STAY_IN, UNABLE_TO_WORK, LOSS_OF_SOCIAL_CONTACTS, FINANCIAL_INSECURITY, CHILDREN_AT_HOME, OWN
}
