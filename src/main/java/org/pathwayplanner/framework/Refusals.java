package org.pathwayplanner.framework;

import org.springframework.validation.BindingResult;

/** Puts a refused change's reasons beside the fields of the form that asked for it. */
public final class Refusals {

    private Refusals() {
    }

    public static void show(ChangeRefused refused, BindingResult result) {
        for (ChangeRefused.Reason reason : refused.reasons()) {
            Object[] args = reason.args().toArray();
            if (reason.field() != null && result.getTarget() != null
                    && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(),
                            reason.field()) != null) {
                result.rejectValue(reason.field(), reason.code(), args, reason.text());
            } else {
                result.reject(reason.code(), args, reason.text());
            }
        }
    }
}
