package org.hearth.store;

import org.hibernate.resource.beans.container.spi.BeanContainer;
import org.hibernate.resource.beans.container.spi.ContainedBean;
import org.hibernate.resource.beans.spi.BeanInstanceProducer;

/**
 * Hands Envers the revision listener of this database (which knows the signed-in worker), so that two
 * databases open in one process never mix up their workers. Every other bean is made as usual.
 */
final class RevisionListenerContainer implements BeanContainer {

    private final WorkerRevisionListener listener;

    RevisionListenerContainer(WorkerRevisionListener listener) {
        this.listener = listener;
    }

    @Override
    public <B> ContainedBean<B> getBean(Class<B> beanType, LifecycleOptions options, BeanInstanceProducer fallback) {
        B bean = beanType == WorkerRevisionListener.class ? beanType.cast(listener)
                : fallback.produceBeanInstance(beanType);
        return contained(beanType, bean);
    }

    @Override
    public <B> ContainedBean<B> getBean(String name, Class<B> beanType, LifecycleOptions options,
                                        BeanInstanceProducer fallback) {
        return contained(beanType, fallback.produceBeanInstance(name, beanType));
    }

    private static <B> ContainedBean<B> contained(Class<B> type, B bean) {
        return new ContainedBean<>() {
            @Override
            public Class<B> getBeanClass() {
                return type;
            }

            @Override
            public B getBeanInstance() {
                return bean;
            }
        };
    }

    @Override
    public void stop() {
        // nothing to release
    }
}
