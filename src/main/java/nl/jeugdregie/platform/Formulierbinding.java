package nl.jeugdregie.platform;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Forms are records, built through their constructor. Spring builds no record at all when one field does not convert
 * (text in a number field, 30 February, a choice that is not in the list), so the page had no form to show again
 * and failed. Here such a field is left empty in the record and gets a {@code typeMismatch} error that keeps what the
 * user typed: the page shows the form again, with the input as entered and a Dutch message at the field (the
 * {@code typeMismatch} codes in {@code messages.properties}).
 */
@Component
class Formulierbinding implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methoden) {
                return new ServletRequestDataBinderFactory(methoden, getWebBindingInitializer()) {
                    @Override
                    protected ServletRequestDataBinder createBinderInstance(
                            Object doel, String naam, NativeWebRequest verzoek) {
                        return new Binder(doel, naam);
                    }
                };
            }
        };
    }

    /** Binds as Spring does, except that a field that does not convert leaves the record standing. */
    static final class Binder extends ExtendedServletRequestDataBinder {

        Binder(Object doel, String naam) {
            super(doel, naam);
        }

        @Override
        public void construct(ValueResolver waarden) {
            List<TypeMismatchException> mislukt = new ArrayList<>();
            super.construct(new Omzetcontrole(waarden, mislukt));
            if (getTarget() == null) {
                return;
            }
            for (TypeMismatchException fout : mislukt) {
                getBindingErrorProcessor().processPropertyAccessException(fout, getInternalBindingResult());
            }
        }

        /** Hands each value on only when it converts; otherwise records why and hands on nothing. */
        private final class Omzetcontrole implements ValueResolver {
            private final ValueResolver waarden;
            private final List<TypeMismatchException> mislukt;

            Omzetcontrole(ValueResolver waarden, List<TypeMismatchException> mislukt) {
                this.waarden = waarden;
                this.mislukt = mislukt;
            }

            @Override
            public Object resolveValue(String naam, Class<?> type) {
                Object waarde = waarden.resolveValue(naam, type);
                MethodParameter parameter = waarde == null ? null : parameter(naam);
                if (parameter == null) {
                    return waarde;
                }
                try {
                    convertIfNecessary(waarde, type, new TypeDescriptor(parameter));
                    return waarde;
                } catch (TypeMismatchException fout) {
                    fout.initPropertyName(naam);
                    mislukt.add(fout);
                    return null;
                }
            }

            @Override
            public Set<String> getNames() {
                return waarden.getNames();
            }
        }

        /** The constructor parameter of the form behind a top-level field, or null for a nested one. */
        private MethodParameter parameter(String naam) {
            Class<?> type = getTargetType() == null ? null : getTargetType().resolve();
            if (type == null || naam.contains(".") || naam.contains("[")) {
                return null;
            }
            Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
            String[] namen = BeanUtils.getParameterNames(constructor);
            for (int i = 0; i < namen.length; i++) {
                if (namen[i].equals(naam)) {
                    return new MethodParameter(constructor, i);
                }
            }
            return null;
        }
    }
}
